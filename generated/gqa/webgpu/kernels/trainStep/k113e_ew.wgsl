// kernel k113e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t830: array<f32>;
@group(0) @binding(2) var<storage, read_write> t839: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t835: array<f32>;
@group(0) @binding(5) var<storage, read> t598: array<f32>;
@group(0) @binding(6) var<storage, read> t597: array<f32>;
@group(0) @binding(7) var<storage, read_write> t845: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l832: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v836: f32 = l832 * 0.95f;
    let x830: f32 = t830[i];
    let v837: f32 = x830 * x830;
    let v838: f32 = v837 * 0.05f;
    let v839: f32 = v836 + v838;
    t839[i] = v839;
    let l10: f32 = p_layers_1_attn_norm_g[i];
    let x835: f32 = t835[i];
    let v840: f32 = sqrt(v839);
    let l650: f32 = t598[0i];
    let v841: f32 = v840 / l650;
    let v842: f32 = v841 + 1e-8f;
    let v843: f32 = x835 / v842;
    let l656: f32 = t597[0i];
    let v844: f32 = v843 * l656;
    let v845: f32 = l10 - v844;
    t845[i] = v845;
  }
}
