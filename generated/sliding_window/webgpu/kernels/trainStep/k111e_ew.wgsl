// kernel k111e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t826: array<f32>;
@group(0) @binding(2) var<storage, read_write> t835: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t831: array<f32>;
@group(0) @binding(5) var<storage, read> t594: array<f32>;
@group(0) @binding(6) var<storage, read> t593: array<f32>;
@group(0) @binding(7) var<storage, read_write> t841: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l828: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v832: f32 = l828 * 0.95f;
    let x826: f32 = t826[i];
    let v833: f32 = x826 * x826;
    let v834: f32 = v833 * 0.05f;
    let v835: f32 = v832 + v834;
    t835[i] = v835;
    let l10: f32 = p_layers_1_attn_norm_g[i];
    let x831: f32 = t831[i];
    let v836: f32 = sqrt(v835);
    let l646: f32 = t594[0i];
    let v837: f32 = v836 / l646;
    let v838: f32 = v837 + 1e-8f;
    let v839: f32 = x831 / v838;
    let l652: f32 = t593[0i];
    let v840: f32 = v839 * l652;
    let v841: f32 = l10 - v840;
    t841[i] = v841;
  }
}
