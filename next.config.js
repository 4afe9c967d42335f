// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and DOM-heavy modules stay out of the server bundle and load from node_modules.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'jsdom', 'dompurify', 'mammoth', '@mozilla/readability', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  // forbidden() gives a real 403 page when a signed-in user lacks a permission.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
