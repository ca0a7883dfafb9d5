// kernel k46_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t265: array<f32>;
@group(0) @binding(1) var<storage, read_write> t271: array<f32>;
@group(0) @binding(2) var<storage, read> t269: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k46_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    if (i % 2i < 1i) {
      let l266: f32 = t265[i / 16i * 8i + i / 2i % 8i];
      t271[i] = l266;
    } else {
      let l270: f32 = t269[i / 16i * 8i + i / 2i % 8i];
      t271[i] = l270;
    }
  }
}
