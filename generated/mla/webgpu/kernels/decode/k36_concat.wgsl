// kernel k36_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t239: array<f32>;
@group(0) @binding(1) var<storage, read_write> t245: array<f32>;
@group(0) @binding(2) var<storage, read> t243: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    if (i % 2i < 1i) {
      let l240: f32 = t239[i / 2i];
      t245[i] = l240;
    } else {
      let l244: f32 = t243[i / 2i];
      t245[i] = l244;
    }
  }
}
