// kernel k96o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t984: array<f32>;
@group(0) @binding(2) var<storage, read_write> t993: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read> t989: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t999: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l986: f32 = p_optim_v_blocks_0_mlp_proj_b[i];
    let v990: f32 = l986 * 0.95f;
    let x984: f32 = t984[i];
    let v991: f32 = x984 * x984;
    let v992: f32 = v991 * 0.05f;
    let v993: f32 = v990 + v992;
    t993[i] = v993;
    let l17: f32 = p_blocks_0_mlp_proj_b[i];
    let x989: f32 = t989[i];
    let v994: f32 = sqrt(v993);
    let l728: f32 = t650[0i];
    let v995: f32 = v994 / l728;
    let v996: f32 = v995 + 1e-8f;
    let v997: f32 = x989 / v996;
    let l734: f32 = t649[0i];
    let v998: f32 = v997 * l734;
    let v999: f32 = l17 - v998;
    t999[i] = v999;
  }
}
