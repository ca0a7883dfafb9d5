// kernel k123e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t882: array<f32>;
@group(0) @binding(2) var<storage, read_write> t891: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(4) var<storage, read> t887: array<f32>;
@group(0) @binding(5) var<storage, read> t676: array<f32>;
@group(0) @binding(6) var<storage, read> t675: array<f32>;
@group(0) @binding(7) var<storage, read_write> t897: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l884: f32 = p_optim_v_layers_0_attn_wr_b[i];
    let v888: f32 = l884 * 0.95f;
    let x882: f32 = t882[i];
    let v889: f32 = x882 * x882;
    let v890: f32 = v889 * 0.05f;
    let v891: f32 = v888 + v890;
    t891[i] = v891;
    let l9: f32 = p_layers_0_attn_wr_b[i];
    let x887: f32 = t887[i];
    let v892: f32 = sqrt(v891);
    let l728: f32 = t676[0i];
    let v893: f32 = v892 / l728;
    let v894: f32 = v893 + 1e-8f;
    let v895: f32 = x887 / v894;
    let l734: f32 = t675[0i];
    let v896: f32 = v895 * l734;
    let v897: f32 = l9 - v896;
    t897[i] = v897;
  }
}
