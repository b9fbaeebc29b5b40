global using Bunit;
global using DataApps.Components.Tests.Support;
