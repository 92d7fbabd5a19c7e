// A minimal Hugo site over the same Markdown files: pages plus RSS for home, sections and tags.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makeHugoSite(dir: string, articlesDir: string): void {
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(dir, 'config.toml'), 'baseURL = "https://bench.example.org/"\ntitle = "Bench"\n');
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), '<h1>{{ .Title }}</h1>{{ .Content }}\n');
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), '{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}\n');
  cpSync(articlesDir, join(dir, 'content', 'posts'), { recursive: true });
}
