// kernel k113e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t819: array<f32>;
@group(0) @binding(2) var<storage, read_write> t828: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t824: array<f32>;
@group(0) @binding(5) var<storage, read> t596: array<f32>;
@group(0) @binding(6) var<storage, read> t595: array<f32>;
@group(0) @binding(7) var<storage, read_write> t834: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l821: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v825: f32 = l821 * 0.95f;
    let x819: f32 = t819[i];
    let v826: f32 = x819 * x819;
    let v827: f32 = v826 * 0.05f;
    let v828: f32 = v825 + v827;
    t828[i] = v828;
    let l10: f32 = p_layers_1_attn_norm_g[i];
    let x824: f32 = t824[i];
    let v829: f32 = sqrt(v828);
    let l648: f32 = t596[0i];
    let v830: f32 = v829 / l648;
    let v831: f32 = v830 + 1e-8f;
    let v832: f32 = x824 / v831;
    let l654: f32 = t595[0i];
    let v833: f32 = v832 * l654;
    let v834: f32 = l10 - v833;
    t834[i] = v834;
  }
}
