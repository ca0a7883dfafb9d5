// kernel k31_scatter (compiler/std/moe.loom:20:22)
@group(0) @binding(0) var<storage, read_write> t174: array<f32>;
@group(0) @binding(1) var<storage, read> t161: array<f32>;
@group(0) @binding(2) var<storage, read> t168: array<f32>;
@group(0) @binding(3) var<storage, read> t170: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l161: f32 = t161[j];
    if (i32(l161) == i / 64i) {
      let l168: f32 = t168[j * 64i + i % 64i];
      let l172: f32 = t170[j];
      let v173: f32 = l168 * l172;
      acc += v173;
    }
  }
  t174[i] = acc;
}
