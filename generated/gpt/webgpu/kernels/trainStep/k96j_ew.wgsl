// kernel k96j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t869: array<f32>;
@group(0) @binding(2) var<storage, read_write> t878: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read> t874: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t884: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l871: f32 = p_optim_v_blocks_0_attn_wo_b[i];
    let v875: f32 = l871 * 0.95f;
    let x869: f32 = t869[i];
    let v876: f32 = x869 * x869;
    let v877: f32 = v876 * 0.05f;
    let v878: f32 = v875 + v877;
    t878[i] = v878;
    let l11: f32 = p_blocks_0_attn_wo_b[i];
    let x874: f32 = t874[i];
    let v879: f32 = sqrt(v878);
    let l728: f32 = t650[0i];
    let v880: f32 = v879 / l728;
    let v881: f32 = v880 + 1e-8f;
    let v882: f32 = x874 / v881;
    let l734: f32 = t649[0i];
    let v883: f32 = v882 * l734;
    let v884: f32 = l11 - v883;
    t884[i] = v884;
  }
}
