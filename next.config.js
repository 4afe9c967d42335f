// @ts-check
/** @type {import('next').NextConfig} */

// Sent with every response: no referrer leaves the site, no framing, no powerful browser features.
const COMMON_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()' },
];

const nextConfig = {
  // Native and DOM-heavy modules stay out of the server bundle and load from node_modules.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'jsdom', 'dompurify', 'mammoth', '@mozilla/readability', 'undici', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  // forbidden() gives a real 403 page when a signed-in user lacks a permission.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: COMMON_HEADERS },
      {
        // HSTS on every response that came over HTTPS (pages get it from proxy.ts too).
        // x-forwarded-proto comes from the socket or a TRUST_PROXY proxy (scripts/serve.ts).
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

module.exports = nextConfig;
