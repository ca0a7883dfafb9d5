// kernel k21_ew (compiler/std/ssm.loom:54:35)
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_A_log: array<f32>;
@group(0) @binding(1) var<storage, read_write> t155: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k21_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mixer_A_log[i];
  let v154: f32 = exp(l18);
  let v155: f32 = -v154;
  t155[i] = v155;
}
