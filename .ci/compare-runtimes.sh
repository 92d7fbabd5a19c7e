#!/usr/bin/env bash
# Serves the built catalog from workerd (wrangler dev) and from Node (npm start) and checks that
# every route answers the same bytes from both.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false
worker_port=${WORKER_PORT:-18788} node_port=${NODE_PORT:-18789} inspector_port=${INSPECTOR_PORT:-9229}
setsid npx wrangler dev --port $worker_port --inspector-port $inspector_port >/tmp/compare-wrangler.log 2>&1 &
worker=$!
PORT=$node_port setsid npm start >/tmp/compare-node.log 2>&1 &
node=$!
trap 'kill -- -$worker -$node 2>/dev/null || true' EXIT
for port in $worker_port $node_port; do
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
done
tag=$(node -p 'require("./.catalog/catalog.json").tags[0].slug')
# The newest article already out (a scheduled one is a 404 until its date).
slug=$(node -p 'const now = new Date().toISOString(); require("./.catalog/catalog.json").articles.find((e) => e.published <= now).slug')
collection=$(node -p 'require("./.catalog/catalog.json").collections[0].name')
# A summary-only article's page (its body is not published), when the folder has one.
summary_only=$(node -p 'const a = require("./.catalog/catalog.json").articles; (a.find((e) => e.fullText === false) ?? a[0]).slug')
failed=0
for path in / /feed.xml /atom.xml /feed.json "/tags/$tag" "/tags/$tag/feed.xml" "/tags/$tag/atom.xml" "/tags/$tag/feed.json" "/collections" "/collections/$collection" "/collections/$collection/feed.xml" "/collections/$collection/atom.xml" "/collections/$collection/feed.json" "/collections/$collection/feed.json?limit=1" "/articles/$slug" "/articles/$summary_only" "/feed.xml?limit=2" "/atom.xml?limit=3" "/tags/$tag/feed.json?limit=2"; do
  fetch() { curl -s -o "$1" -w '%{http_code}' -H 'Host: reading.test' "http://127.0.0.1:$2$path"; }
  code_a=$(fetch /tmp/compare-a "$worker_port") code_b=$(fetch /tmp/compare-b "$node_port")
  a=$(sha256sum </tmp/compare-a | cut -c1-16) b=$(sha256sum </tmp/compare-b | cut -c1-16)
  if [ "$code_a" = 200 ] && [ "$code_b" = 200 ] && [ "$a" = "$b" ]; then echo "same bytes  $a  $path"
  else echo "DIFFERENT   workerd $code_a $a, node $code_b $b  $path"; failed=1; fi
done
# A browser gets a feed as XML (it applies the stylesheet), the prerendered ones and those rendered on request alike.
browser='text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
for path in /feed.xml "/tags/$tag/atom.xml" "/feed.xml?limit=2" "/atom.xml?limit=3"; do
  fetch() { curl -s -D /tmp/compare-h -o "$1" -H 'Host: reading.test' -H "Accept: $browser" "http://127.0.0.1:$2$path"; tr -d '\r' </tmp/compare-h | grep -i '^content-type:' | tr 'A-Z' 'a-z'; }
  type_a=$(fetch /tmp/compare-a "$worker_port") type_b=$(fetch /tmp/compare-b "$node_port")
  a=$(sha256sum </tmp/compare-a | cut -c1-16) b=$(sha256sum </tmp/compare-b | cut -c1-16)
  if [ "$a" = "$b" ] && [ "$type_a" = "$type_b" ] && [ "$type_a" = 'content-type: application/xml; charset=utf-8' ]; then echo "same bytes  $a  $path (browser, $type_a)"
  else echo "DIFFERENT   workerd $a [$type_a], node $b [$type_b]  $path (browser)"; failed=1; fi
done
# Images published from curated/: the same bytes, type, cache policy and ETag from both.
for name in $(ls .catalog/images 2>/dev/null); do
  path="/images/$name"
  headers() { curl -s -D - -o "$1" "http://127.0.0.1:$2$path" | tr -d '\r' | grep -iE '^(content-type|cache-control|etag|content-length):' | tr 'A-Z' 'a-z' | sort; }
  h_a=$(headers /tmp/compare-a "$worker_port") h_b=$(headers /tmp/compare-b "$node_port")
  a=$(sha256sum </tmp/compare-a | cut -c1-16) b=$(sha256sum </tmp/compare-b | cut -c1-16)
  if [ "$a" = "$b" ] && [ "$h_a" = "$h_b" ] && grep -q '^content-type: image/' <<<"$h_a"; then echo "same bytes  $a  $path ($(grep content-type <<<"$h_a"))"
  else echo "DIFFERENT   workerd $a [$h_a], node $b [$h_b]  $path"; failed=1; fi
done
exit $failed
