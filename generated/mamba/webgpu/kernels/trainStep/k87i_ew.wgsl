// kernel k87i_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_dt_b: array<f32>;
@group(0) @binding(1) var<storage, read> t959: array<f32>;
@group(0) @binding(2) var<storage, read_write> t960: array<f32>;
@group(0) @binding(3) var<storage, read> t241: array<f32>;
@group(0) @binding(4) var<storage, read> t562: array<f32>;
@group(0) @binding(5) var<storage, read_write> t978: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_mixer_D: array<f32>;
@group(0) @binding(7) var<storage, read_write> t983: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l17: f32 = p_layers_1_mixer_dt_b[i];
    let x959: f32 = t959[i];
    let v960: f32 = l17 - x959;
    t960[i] = v960;
    let l250: f32 = t241[327680i + i];
    let l685: f32 = t562[0i];
    let v978: f32 = l250 * l685;
    t978[i] = v978;
    let l979: f32 = p_optim_m_layers_1_mixer_D[i];
    let v981: f32 = l979 * 0.9f;
    let v982: f32 = v978 * 0.1f;
    let v983: f32 = v981 + v982;
    t983[i] = v983;
  }
}
