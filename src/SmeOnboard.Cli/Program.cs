using SmeOnboard.Cli;

return await CliApp.CreateRootCommand().Parse(args).InvokeAsync();
