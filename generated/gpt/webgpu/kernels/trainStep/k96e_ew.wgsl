// kernel k96e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t770: array<f32>;
@group(0) @binding(2) var<storage, read_write> t779: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t785: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l772: f32 = p_optim_v_blocks_0_attn_wq_b[i];
    let v776: f32 = l772 * 0.95f;
    let x770: f32 = t770[i];
    let v777: f32 = x770 * x770;
    let v778: f32 = v777 * 0.05f;
    let v779: f32 = v776 + v778;
    t779[i] = v779;
    let l5: f32 = p_blocks_0_attn_wq_b[i];
    let x775: f32 = t775[i];
    let v780: f32 = sqrt(v779);
    let l728: f32 = t650[0i];
    let v781: f32 = v780 / l728;
    let v782: f32 = v781 + 1e-8f;
    let v783: f32 = x775 / v782;
    let l734: f32 = t649[0i];
    let v784: f32 = v783 * l734;
    let v785: f32 = l5 - v784;
    t785[i] = v785;
  }
}
