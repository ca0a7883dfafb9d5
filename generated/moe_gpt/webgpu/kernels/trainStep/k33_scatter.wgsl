// kernel k33_scatter (compiler/std/moe.loom:20:22)
@group(0) @binding(0) var<storage, read_write> t209: array<f32>;
@group(0) @binding(1) var<storage, read> t196: array<f32>;
@group(0) @binding(2) var<storage, read> t203: array<f32>;
@group(0) @binding(3) var<storage, read> t205: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l196: f32 = t196[j];
    if (i32(l196) == i / 64i) {
      let l203: f32 = t203[j * 64i + i % 64i];
      let l207: f32 = t205[j];
      let v208: f32 = l203 * l207;
      acc += v208;
    }
  }
  t209[i] = acc;
}
