// kernel k8_ew (compiler/std/ssm.loom:54:35)
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_A_log: array<f32>;
@group(0) @binding(1) var<storage, read_write> t71: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mixer_A_log[i];
  let v70: f32 = exp(l8);
  let v71: f32 = -v70;
  t71[i] = v71;
}
