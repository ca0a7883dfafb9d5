// kernel k94j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t865: array<f32>;
@group(0) @binding(2) var<storage, read_write> t874: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read> t870: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t880: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l867: f32 = p_optim_v_blocks_0_attn_wo_b[i];
    let v871: f32 = l867 * 0.95f;
    let x865: f32 = t865[i];
    let v872: f32 = x865 * x865;
    let v873: f32 = v872 * 0.05f;
    let v874: f32 = v871 + v873;
    t874[i] = v874;
    let l11: f32 = p_blocks_0_attn_wo_b[i];
    let x870: f32 = t870[i];
    let v875: f32 = sqrt(v874);
    let l724: f32 = t646[0i];
    let v876: f32 = v875 / l724;
    let v877: f32 = v876 + 1e-8f;
    let v878: f32 = x870 / v877;
    let l730: f32 = t645[0i];
    let v879: f32 = v878 * l730;
    let v880: f32 = l11 - v879;
    t880[i] = v880;
  }
}
