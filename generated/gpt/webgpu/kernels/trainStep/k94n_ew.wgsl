// kernel k94n_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t911: array<f32>;
@group(0) @binding(2) var<storage, read_write> t912: array<f32>;
@group(0) @binding(3) var<storage, read> t367: array<f32>;
@group(0) @binding(4) var<storage, read> t636: array<f32>;
@group(0) @binding(5) var<storage, read_write> t980: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t985: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l13: f32 = p_blocks_0_ln2_b[i];
    let x911: f32 = t911[i];
    let v912: f32 = l13 - x911;
    t912[i] = v912;
    let l368: f32 = t367[i];
    let l707: f32 = t636[0i];
    let v980: f32 = l368 * l707;
    t980[i] = v980;
    let l981: f32 = p_optim_m_blocks_0_mlp_proj_b[i];
    let v983: f32 = l981 * 0.9f;
    let v984: f32 = v980 * 0.1f;
    let v985: f32 = v983 + v984;
    t985[i] = v985;
  }
}
