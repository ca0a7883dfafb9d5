// kernel k94o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t980: array<f32>;
@group(0) @binding(2) var<storage, read_write> t989: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read> t985: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t995: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l982: f32 = p_optim_v_blocks_0_mlp_proj_b[i];
    let v986: f32 = l982 * 0.95f;
    let x980: f32 = t980[i];
    let v987: f32 = x980 * x980;
    let v988: f32 = v987 * 0.05f;
    let v989: f32 = v986 + v988;
    t989[i] = v989;
    let l17: f32 = p_blocks_0_mlp_proj_b[i];
    let x985: f32 = t985[i];
    let v990: f32 = sqrt(v989);
    let l724: f32 = t646[0i];
    let v991: f32 = v990 / l724;
    let v992: f32 = v991 + 1e-8f;
    let v993: f32 = x985 / v992;
    let l730: f32 = t645[0i];
    let v994: f32 = v993 * l730;
    let v995: f32 = l17 - v994;
    t995[i] = v995;
  }
}
