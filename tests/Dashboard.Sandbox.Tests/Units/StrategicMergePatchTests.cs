using System.Text.Json.Nodes;
using Dashboard.Sandbox.Patching;

namespace Dashboard.Sandbox.Tests.Units;

public sealed class StrategicMergePatchTests
{
    [Fact]
    public void NullDeletesAndObjectsMerge() =>
        Apply("""{"a":1,"b":{"c":2,"d":3}}""", """{"a":null,"b":{"c":9}}""").ShouldBe("""{"b":{"c":9,"d":3}}""");

    [Fact]
    public void ContainersMergeByNameAndKeepTheOthers() =>
        Apply("""{"containers":[{"name":"a","image":"x"},{"name":"b","image":"y"}]}""", """{"containers":[{"name":"b","image":"z"}]}""")
            .ShouldBe("""{"containers":[{"name":"a","image":"x"},{"name":"b","image":"z"}]}""");

    [Fact]
    public void ListsWithoutAMergeKeyAreReplaced() =>
        Apply("""{"rules":[{"host":"a"},{"host":"b"}]}""", """{"rules":[{"host":"c"}]}""").ShouldBe("""{"rules":[{"host":"c"}]}""");

    [Fact]
    public void SetElementOrderReordersTheMergedList() =>
        Apply("""{"ports":[{"port":1},{"port":2}]}""", """{"$setElementOrder/ports":[{"port":2},{"port":1}],"ports":[{"port":2,"name":"b"}]}""")
            .ShouldBe("""{"ports":[{"port":2,"name":"b"},{"port":1}]}""");

    [Fact]
    public void PatchReplaceReplacesTheMap() =>
        Apply("""{"selector":{"a":"1","b":"2"}}""", """{"selector":{"$patch":"replace","c":"3"}}""").ShouldBe("""{"selector":{"c":"3"}}""");

    [Fact]
    public void RetainKeysDropsTheOthers() =>
        Apply("""{"strategy":{"type":"A","rollingUpdate":{"x":1}}}""", """{"strategy":{"$retainKeys":["type"],"type":"B"}}""")
            .ShouldBe("""{"strategy":{"type":"B"}}""");

    [Fact]
    public void DeleteFromPrimitiveListRemovesTheValues() =>
        Apply("""{"finalizers":["a","b","c"]}""", """{"$deleteFromPrimitiveList/finalizers":["b"]}""").ShouldBe("""{"finalizers":["a","c"]}""");

    private static string Apply(string target, string patch) =>
        StrategicMergePatch.Apply(JsonNode.Parse(target)!.AsObject(), JsonNode.Parse(patch)!.AsObject()).ToJsonString();
}
