// The XSL stylesheet browsers apply to /feed.xml and /atom.xml (readers ignore it): a readable
// page that says what a feed is, gives its address to copy and lists the latest items. Plain
// XSLT 1.0 with no script, so it works under a CSP without scripts; the feed stays a valid feed
// where a browser has dropped XSLT.

export const FEED_STYLESHEET = `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>

<xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
<xsl:variable name="home" select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>
<xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href | /atom:feed/atom:link[@rel='self']/@href"/>
<xsl:variable name="lang" select="/rss/channel/language | /atom:feed/@xml:lang"/>

<xsl:template match="/">
<html lang="{$lang}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="$title"/> (web feed)</title>
<style>
body{font:17px/1.55 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}
a{color:#0645ad}.about{background:#f4f6fa;border-radius:6px;padding:.8rem 1rem}
input{width:100%;box-sizing:border-box;font:inherit;padding:.4rem;margin:.3rem 0}
ul{list-style:none;padding:0}li{margin:0 0 1rem}.meta{color:#666;font-size:.9rem}
</style>
</head>
<body>
<header><p class="meta">Web feed</p><h1><xsl:value-of select="$title"/></h1></header>
<section class="about">
<p><strong>This is a web feed</strong> (<xsl:choose><xsl:when test="/rss">RSS</xsl:when><xsl:otherwise>Atom</xsl:otherwise></xsl:choose>).
A feed reader checks it for you and shows each new article as it is published, with no account and no e-mail.</p>
<p>To subscribe, copy this address into your feed reader (NetNewsWire, Feedly, Inoreader, Thunderbird, Newsboat…):</p>
<label>Feed address <input type="text" readonly="readonly" value="{$self}"/></label>
<p><a href="{$home}">Visit the website</a></p>
</section>
<main>
<h2>Latest articles</h2>
<ul>
<xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
</ul>
</main>
</body>
</html>
</xsl:template>

<xsl:template match="item">
<li><a href="{link}"><xsl:value-of select="title"/></a>
<div class="meta"><xsl:value-of select="substring(pubDate, 6, 11)"/></div></li>
</xsl:template>

<xsl:template match="atom:entry">
<li><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
<div class="meta"><xsl:value-of select="substring(atom:published, 1, 10)"/></div></li>
</xsl:template>
</xsl:stylesheet>
`;
