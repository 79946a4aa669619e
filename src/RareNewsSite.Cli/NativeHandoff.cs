#if NATIVE_HANDOFF
using System.Runtime.InteropServices;

namespace RareNewsSite.Cli;

/// <summary>
/// Runs the native program a Release build carries (<c>rarenews-native</c>, see RareNewsSite.Cli.csproj) in this
/// process's place, so that <c>dotnet rarenews.dll</c> runs what the installed tool runs: the same code, compiled ahead
/// of time, without the runtime's start and its compiling methods just in time. Where there is no such program (the
/// framework-dependent package, another operating system) or it cannot be started, the assemblies run as they are.
/// </summary>
internal static partial class NativeHandoff
{
    /// <summary>The native program's file name beside the assemblies.</summary>
    public const string FileName = "rarenews-native";

    /// <summary>Replaces this process with the native program, given <paramref name="args"/>; returns only when it cannot.</summary>
    public static void TryExec(string[] args)
    {
        // The native program has no assembly files (their location is empty): it never hands over again.
        if (typeof(NativeHandoff).Assembly.Location.Length == 0 || !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return;
        }
        // A native program older than these assemblies was left by an earlier build (one with NativeOnBuild=false
        // since): it would run older code.
        var native = Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(native) || File.GetLastWriteTimeUtc(native) < File.GetLastWriteTimeUtc(typeof(NativeHandoff).Assembly.Location))
        {
            return;
        }
        var argv = new nint[args.Length + 2]; // the program, its arguments, and the null that ends the list
        argv[0] = Marshal.StringToCoTaskMemUTF8(native);
        for (var i = 0; i < args.Length; i++)
        {
            argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
        }
        Execv(native, argv);
        foreach (var arg in argv)
        {
            Marshal.FreeCoTaskMem(arg); // execv returned: the program could not be started
        }
    }

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execv(string path, nint[] argv);
}
#endif
