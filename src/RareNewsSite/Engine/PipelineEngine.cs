using System.Collections.Immutable;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;

namespace RareNewsSite.Engine;

/// <summary>
/// Runs pipelines phase by phase, as Statiq does: every Input phase at once; each Process phase as soon as
/// the pipelines it depends on have processed; PostProcess once all Process phases are done; then Output.
/// </summary>
internal sealed class PipelineEngine(IReadOnlyList<Pipeline> pipelines)
{
    /// <summary>
    /// Runs every pipeline over <paramref name="files"/> with the build's <paramref name="inputs"/> (by type, read with
    /// <see cref="BuildContext.Input{T}"/>); with a <paramref name="cache"/> from earlier builds, cached steps skip what
    /// they made already. Returns each pipeline's documents after its Output phase, and the diagnostics.
    /// <paramref name="final"/>, when given, gets a pipeline's documents as soon as they are final (after PostProcess, for a
    /// pipeline with no Output step) while other pipelines still run, and what it returns takes their place: a cold build
    /// writes pages there and hands back documents without their text, so it never holds every page at once.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, ImmutableArray<Document>> Documents, DiagnosticBag Diagnostics)> RunAsync(
        IReadOnlyDictionary<Type, object> inputs, ISiteFileSystem files, BuildOptions options, BuildCache? cache, CancellationToken cancellationToken,
        Func<string, ImmutableArray<Document>, ImmutableArray<Document>>? final = null)
    {
        ValidateDependencies();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var state = new BuildState(inputs, files, options, cache);
        cache?.Changes.Refresh(state);
        StepTrace.Phase("files compared", started);
        var context = new BuildContext(state, "", null, state.Diagnostics);
        var input = await RunAllAsync(p => RunPhaseAsync(p, PipelinePhase.Input, [], context, cancellationToken));

        var processTasks = new Dictionary<string, Task<ImmutableArray<Document>>>(StringComparer.Ordinal);
        foreach (var pipeline in TopologicalOrder())
        {
            var dependencies = pipeline.DependsOn.Select(d => processTasks[d]).ToArray();
            processTasks[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(dependencies);
                var docs = await RunPhaseAsync(pipeline, PipelinePhase.Process, input[pipeline.Name], context, cancellationToken);
                state.SetProcessed(pipeline.Name, docs);
                return docs;
            }, cancellationToken);
        }
        await Task.WhenAll(processTasks.Values);
        StepTrace.Phase("Input and Process", started);

        var rendered = await RunAllAsync(async p =>
        {
            var docs = await RunPhaseAsync(p, PipelinePhase.PostProcess, processTasks[p.Name].Result, context, cancellationToken);
            return final is not null && p.Output.Count == 0 ? final(p.Name, docs) : docs;
        });
        state.SetRendered(rendered);
        StepTrace.Phase("PostProcess", started);
        var output = await RunAllAsync(p => RunPhaseAsync(p, PipelinePhase.Output, rendered[p.Name], context, cancellationToken));
        StepTrace.Phase("Output", started);
        return (output, state.Diagnostics);
    }

    private async Task<Dictionary<string, ImmutableArray<Document>>> RunAllAsync(
        Func<Pipeline, Task<ImmutableArray<Document>>> run)
    {
        var tasks = pipelines.ToDictionary(p => p.Name, p => Task.Run(() => run(p)), StringComparer.Ordinal);
        await Task.WhenAll(tasks.Values);
        return tasks.ToDictionary(t => t.Key, t => t.Value.Result, StringComparer.Ordinal);
    }

    private static async Task<ImmutableArray<Document>> RunPhaseAsync(
        Pipeline pipeline, PipelinePhase phase, ImmutableArray<Document> documents, BuildContext context,
        CancellationToken cancellationToken)
    {
        var modules = pipeline.ModulesOf(phase);
        for (var position = 0; position < modules.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            documents = await modules[position].ExecuteAsync(documents, context.ForStep($"{pipeline.Name}/{phase}/{position}"), cancellationToken);
        }
        return documents;
    }

    private void ValidateDependencies()
    {
        var names = pipelines.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.DependsOn.Where(d => !names.Contains(d)))
            {
                throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'.");
            }
        }
    }

    private List<Pipeline> TopologicalOrder()
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var order = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        void Visit(Pipeline p)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Pipeline dependency cycle through '{p.Name}'.");
                }
                return;
            }
            state[p.Name] = false;
            foreach (var dependency in p.DependsOn)
            {
                Visit(byName[dependency]);
            }
            state[p.Name] = true;
            order.Add(p);
        }
        foreach (var pipeline in pipelines)
        {
            Visit(pipeline);
        }
        return order;
    }
}
