// kernel k18_concat (compiler/std/ssm.loom:20:32)
@group(0) @binding(0) var<storage, read> p_history_1: array<f32>;
@group(0) @binding(1) var<storage, read_write> t149: array<f32>;
@group(0) @binding(2) var<storage, read> t147: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k18_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    if (i / 64i < 1i) {
      let l148: f32 = p_history_1[i % 64i];
      t149[i] = l148;
    } else {
      let l147: f32 = t147[i % 64i];
      t149[i] = l147;
    }
  }
}
