using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace RareNewsSite.Preview;

/// <summary>The web application of the preview and of <c>serve</c>: Kestrel on one local address, no logging, no settings files.</summary>
internal static class LocalWebApp
{
    /// <summary>
    /// A builder for a server on <paramref name="address"/>. ASP.NET's builders read <c>appsettings.json</c> from their
    /// content root, the current folder, and watch it for changes with a file watch on every folder below it: from a
    /// site's root that is one per published page's folder (twice: the output and the previous one kept beside it) and
    /// per cached image, and from a folder with 80,000 folders below it the preview spent 6.9 s of a thread's time
    /// adding watches while it built, and can use up the user's inotify watches. The program's own folder, which has no
    /// such file and few folders, is the content root instead.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(Uri address)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(address.ToString());
        return builder;
    }
}
