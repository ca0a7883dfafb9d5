// kernel k33a_pack
@group(0) @binding(0) var<storage, read_write> t241_packed: array<f32>;
@group(0) @binding(1) var<storage, read> t237: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mixer_D: array<f32>;
@group(0) @binding(3) var<storage, read> t142: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33a_pack(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 34944i) {
    if (i < 32768i) {
      t241_packed[i] = t237[i];
    } else if (i < 32896i) {
      t241_packed[i] = p_layers_1_mixer_D[i + -32768i];
    } else {
      t241_packed[i] = t142[i + -32896i];
    }
  }
}
