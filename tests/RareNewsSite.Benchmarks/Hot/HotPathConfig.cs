using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace RareNewsSite.Benchmarks.Hot;

/// <summary>
/// A short in-process job: a whole `hot` run stays under two minutes on a 2-core machine, and running in
/// process avoids generating a project that our warnings-as-errors build settings would also apply to.
/// </summary>
internal sealed class HotPathConfig : ManualConfig
{
    public HotPathConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
