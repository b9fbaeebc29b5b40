#!/usr/bin/env dotnet
#:sdk Microsoft.NET.Sdk.Web
#:project ../src/DataApps.Hosting/DataApps.Hosting.csproj
#:property PublishAot=false

// A whole DataApps app in one file, like `streamlit run hello.py`:
//   dotnet run apps/hello.cs
// then open the URL it prints. Pass `-- --urls http://127.0.0.1:8501` to choose the address.
// PublishAot=false: file-based apps default to native AOT, which turns off the reflection-based
// JSON that Blazor Server needs. (blazor.web.js comes from RequiresAspNetWebAssets in Directory.Build.props.)
using DataApps;

DataApp.Run(args, ui =>
{
    ui.Title("Hello, DataApps");
    var n = ui.Slider("n", 1, 100, 10);
    ui.Text($"n² = {n * n}");
});
