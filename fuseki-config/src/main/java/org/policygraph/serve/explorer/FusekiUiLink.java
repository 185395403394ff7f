package org.policygraph.serve.explorer;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves Fuseki's web UI page at {@code /} with a link to the explorer added, so whoever opens
 * the server's address finds the explorer too. Fuseki's page is otherwise unchanged (its script
 * mounts on its own element); every other request passes through.
 */
final class FusekiUiLink implements Filter {
    private final byte[] page;

    /**
     * @param uiIndex the text of the UI's {@code index.html}
     * @param href    where the link goes, e.g. {@code explore/}
     */
    FusekiUiLink(String uiIndex, String href) {
        String link = "<a id=\"policygraph-explorer-link\" href=\"" + href + "\" style=\"position:fixed;right:1em;bottom:1em;z-index:10000;"
                + "padding:.5em 1em;background:#1a5fb4;color:#fff;border-radius:4px;font:14px sans-serif;text-decoration:none;"
                + "box-shadow:0 1px 4px rgba(0,0,0,.3)\">PolicyGraph explorer →</a>";
        int body = uiIndex.indexOf("<body>");
        String withLink = body < 0 ? uiIndex + link : uiIndex.substring(0, body + 6) + "\n    " + link + uiIndex.substring(body + 6);
        this.page = withLink.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                && ("/".equals(req.getRequestURI()) || "/index.html".equals(req.getRequestURI()))) {
            resp.setContentType("text/html; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.setContentLength(page.length);
            if ("GET".equals(req.getMethod())) resp.getOutputStream().write(page);
            return;
        }
        chain.doFilter(request, response);
    }
}
