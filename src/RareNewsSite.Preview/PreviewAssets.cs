namespace RareNewsSite.Preview;

/// <summary>The preview's own script and styles, served under <see cref="PreviewServer.Prefix"/>.</summary>
internal static class PreviewAssets
{
    /// <summary>
    /// Listens for Server-Sent Events and reloads the page once a rebuild has finished; a page served before its editor
    /// panel could be measured (<c>data-panel="later"</c>) also reloads once it can.
    /// </summary>
    public const string Script = """
        (function () {
          var me = document.currentScript;
          var version = me ? me.getAttribute('data-version') : null;
          var later = me !== null && me.getAttribute('data-panel') === 'later';
          var events = new EventSource('/_rarenews/events' + (later ? '?panel=later' : ''));
          events.addEventListener('hello', function (e) { if (version !== null && e.data !== version) { location.reload(); } });
          events.addEventListener('reload', function () { events.close(); location.reload(); });
          events.addEventListener('panel', function () { events.close(); location.reload(); });
        })();
        """;

    /// <summary>The overlay and the panel, kept apart from the theme's styles.</summary>
    public const string Style = """
        #rarenews-overlay { position: fixed; inset: 0; z-index: 2147483646; overflow: auto; padding: 2rem;
          background: rgba(20, 20, 20, 0.94); color: #fff; font: 16px/1.5 system-ui, sans-serif; }
        #rarenews-overlay h2 { color: #ffb4a8; margin-top: 0; }
        #rarenews-overlay pre { white-space: pre-wrap; font: 15px/1.5 ui-monospace, monospace; color: #ffe08a; }
        #rarenews-panel { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483645; max-width: 26rem;
          background: #fff; color: #111; border: 2px solid #005eb8; border-radius: 6px; padding: 0.5rem 0.75rem;
          font: 15px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.3); }
        #rarenews-panel summary { cursor: pointer; font-weight: 600; }
        #rarenews-panel dt { font-weight: 600; }
        #rarenews-panel dd { margin: 0 0 0.4rem; }
        #rarenews-panel .rarenews-warnings { color: #8a1c00; padding-left: 1.2rem; }
        """;
}
