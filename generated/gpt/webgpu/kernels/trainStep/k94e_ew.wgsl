// kernel k94e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t766: array<f32>;
@group(0) @binding(2) var<storage, read_write> t775: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(4) var<storage, read> t771: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t781: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l768: f32 = p_optim_v_blocks_0_attn_wq_b[i];
    let v772: f32 = l768 * 0.95f;
    let x766: f32 = t766[i];
    let v773: f32 = x766 * x766;
    let v774: f32 = v773 * 0.05f;
    let v775: f32 = v772 + v774;
    t775[i] = v775;
    let l5: f32 = p_blocks_0_attn_wq_b[i];
    let x771: f32 = t771[i];
    let v776: f32 = sqrt(v775);
    let l724: f32 = t646[0i];
    let v777: f32 = v776 / l724;
    let v778: f32 = v777 + 1e-8f;
    let v779: f32 = x771 / v778;
    let l730: f32 = t645[0i];
    let v780: f32 = v779 * l730;
    let v781: f32 = l5 - v780;
    t781[i] = v781;
  }
}
