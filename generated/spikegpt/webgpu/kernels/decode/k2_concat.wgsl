// kernel k2_concat (compiler/std/ssm.loom:20:32)
@group(0) @binding(0) var<storage, read> p_history_0: array<f32>;
@group(0) @binding(1) var<storage, read_write> t80: array<f32>;
@group(0) @binding(2) var<storage, read> t78: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    if (i / 64i < 1i) {
      let l79: f32 = p_history_0[i % 64i];
      t80[i] = l79;
    } else {
      let l78: f32 = t78[i % 64i];
      t80[i] = l78;
    }
  }
}
