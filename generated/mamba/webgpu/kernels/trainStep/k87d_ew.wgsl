// kernel k87d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_dt_b: array<f32>;
@group(0) @binding(1) var<storage, read> t775: array<f32>;
@group(0) @binding(2) var<storage, read_write> t776: array<f32>;
@group(0) @binding(3) var<storage, read> t351: array<f32>;
@group(0) @binding(4) var<storage, read> t562: array<f32>;
@group(0) @binding(5) var<storage, read_write> t803: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_0_mixer_D: array<f32>;
@group(0) @binding(7) var<storage, read_write> t808: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l7: f32 = p_layers_0_mixer_dt_b[i];
    let x775: f32 = t775[i];
    let v776: f32 = l7 - x775;
    t776[i] = v776;
    let l360: f32 = t351[327680i + i];
    let l685: f32 = t562[0i];
    let v803: f32 = l360 * l685;
    t803[i] = v803;
    let l804: f32 = p_optim_m_layers_0_mixer_D[i];
    let v806: f32 = l804 * 0.9f;
    let v807: f32 = v803 * 0.1f;
    let v808: f32 = v806 + v807;
    t808[i] = v808;
  }
}
