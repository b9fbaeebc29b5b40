using DataApps.Runtime;

namespace DataApps.Core.Tests.Runtime;

public sealed class TypeNamesTests
{
    [Theory]
    [InlineData(typeof(int), "int")]
    [InlineData(typeof(int?), "int?")]
    [InlineData(typeof(DateOnly?), "DateOnly?")]
    [InlineData(typeof(string[]), "string[]")]
    [InlineData(typeof(List<string>), "List<string>")]
    [InlineData(typeof(Dictionary<string, double?>), "Dictionary<string, double?>")]
    [InlineData(typeof((int, string)), "(int, string)")]
    [InlineData(typeof(IReadOnlyList<(double Low, double High)>), "IReadOnlyList<(double, double)>")]
    public void TypesAreNamedAsCSharpWritesThem(Type type, string name) => Assert.Equal(name, TypeNames.Of(type));
}
