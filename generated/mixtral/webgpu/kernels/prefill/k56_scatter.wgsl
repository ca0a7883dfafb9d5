// kernel k56_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t286: array<f32>;
@group(0) @binding(1) var<storage, read> t273: array<f32>;
@group(0) @binding(2) var<storage, read> t280: array<f32>;
@group(0) @binding(3) var<storage, read> t282: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k56_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l273: f32 = t273[j];
    if (i32(l273) == i / 64i) {
      let l280: f32 = t280[j * 64i + i % 64i];
      let l284: f32 = t282[j];
      let v285: f32 = l280 * l284;
      acc += v285;
    }
  }
  t286[i] = acc;
}
