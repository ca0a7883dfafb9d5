// kernel k30_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t208: array<f32>;
@group(0) @binding(1) var<storage, read_write> t214: array<f32>;
@group(0) @binding(2) var<storage, read> t212: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    if (i % 2i < 1i) {
      let l209: f32 = t208[i / 8i * 4i + i / 2i % 4i];
      t214[i] = l209;
    } else {
      let l213: f32 = t212[i / 8i * 4i + i / 2i % 4i];
      t214[i] = l213;
    }
  }
}
