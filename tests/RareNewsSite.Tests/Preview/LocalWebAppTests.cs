using RareNewsSite.Preview;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

/// <summary>Tests that change the process's current folder, run while no other test runs.</summary>
[CollectionDefinition(nameof(ChangesCurrentFolder), DisableParallelization = true)]
public sealed class ChangesCurrentFolder;

/// <summary>The preview's and <c>serve</c>'s servers do not watch the folder they were started in.</summary>
[Collection(nameof(ChangesCurrentFolder))]
public sealed class LocalWebAppTests
{
    [Fact]
    public void Should_Take_The_Programs_Own_Folder_As_Content_Root_Not_The_Current_One()
    {
        // Given a preview started in a site's folder (ASP.NET would watch every folder below its content root)
        var site = Directory.CreateTempSubdirectory("rns-root-");
        var before = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = site.FullName;

            // When its server is made
            var builder = LocalWebApp.CreateBuilder(new Uri("http://127.0.0.1:1/"));

            // Then its content root is the program's folder
            builder.Environment.ContentRootPath.TrimEnd('/').ShouldBe(AppContext.BaseDirectory.TrimEnd('/'));
        }
        finally
        {
            Environment.CurrentDirectory = before;
            site.Delete(recursive: true);
        }
    }
}
