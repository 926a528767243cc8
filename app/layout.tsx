import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/docs/site-footer';
import { IconSprites } from '@/components/docs/icon-sprites';
import { SiteHeader } from '@/components/docs/site-header';
import { ThemeScript } from '@/components/docs/theme-script';
import { SiteBehaviours } from '@/components/shared/site-behaviours';
import { HOME_KIND } from '@/lib/content/tool-pages';
import { previewImage } from '@/lib/entry-metadata';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from '@/lib/site-config';
import './globals.css';

const homePreview = previewImage('/', SITE_NAME, HOME_KIND);

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  // Pages set their own; the 404 page previews as the home page.
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en', images: [homePreview] },
  twitter: { card: 'summary_large_image', images: [{ url: homePreview.url, alt: homePreview.alt }] },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets the class on <html> before hydration; React must not complain about it.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen">
        <ThemeScript />
        <a
          href="#main"
          className="skip-link no-print fixed top-2 left-2 z-50 -translate-y-20 rounded-md bg-accent-700 px-4 py-2 text-white focus:translate-y-0"
        >
          Skip to content
        </a>
        <SiteHeader />
        {children}
        <SiteFooter />
        <SiteBehaviours />
        <IconSprites />
      </body>
    </html>
  );
}
