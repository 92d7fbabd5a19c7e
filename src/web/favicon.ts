// The site's default icon (a feed symbol), used as favicon and as the feeds' icon unless
// site.yaml names another.

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="12" fill="#e8590c"/>
<circle cx="18" cy="46" r="6" fill="#fff"/>
<path d="M12 26a26 26 0 0 1 26 26h-8a18 18 0 0 0-18-18z M12 10a42 42 0 0 1 42 42h-8a34 34 0 0 0-34-34z" fill="#fff"/>
</svg>
`;
