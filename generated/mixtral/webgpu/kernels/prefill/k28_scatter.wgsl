// kernel k28_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t167: array<f32>;
@group(0) @binding(1) var<storage, read> t154: array<f32>;
@group(0) @binding(2) var<storage, read> t161: array<f32>;
@group(0) @binding(3) var<storage, read> t163: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l154: f32 = t154[j];
    if (i32(l154) == i / 64i) {
      let l161: f32 = t161[j * 64i + i % 64i];
      let l165: f32 = t163[j];
      let v166: f32 = l161 * l165;
      acc += v166;
    }
  }
  t167[i] = acc;
}
