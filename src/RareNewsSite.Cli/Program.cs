using RareNewsSite.Cli;

#if NATIVE_HANDOFF
NativeHandoff.TryExec(args);
#endif
return await CliApp.RunAsync(args, Console.Out, Console.Error);
