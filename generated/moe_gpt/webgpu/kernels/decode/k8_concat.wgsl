// kernel k8_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t77: array<f32>;
@group(0) @binding(1) var<storage, read_write> t83: array<f32>;
@group(0) @binding(2) var<storage, read> t81: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    if (i % 2i < 1i) {
      let l78: f32 = t77[i / 16i * 8i + i / 2i % 8i];
      t83[i] = l78;
    } else {
      let l82: f32 = t81[i / 16i * 8i + i / 2i % 8i];
      t83[i] = l82;
    }
  }
}
