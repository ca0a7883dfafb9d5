// kernel k158e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t938: array<f32>;
@group(0) @binding(2) var<storage, read_write> t947: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(4) var<storage, read> t943: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t953: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l940: f32 = p_optim_v_blocks_0_attn_wq_b[i];
    let v944: f32 = l940 * 0.95f;
    let x938: f32 = t938[i];
    let v945: f32 = x938 * x938;
    let v946: f32 = v945 * 0.05f;
    let v947: f32 = v944 + v946;
    t947[i] = v947;
    let l5: f32 = p_blocks_0_attn_wq_b[i];
    let x943: f32 = t943[i];
    let v948: f32 = sqrt(v947);
    let l896: f32 = t818[0i];
    let v949: f32 = v948 / l896;
    let v950: f32 = v949 + 1e-8f;
    let v951: f32 = x943 / v950;
    let l902: f32 = t817[0i];
    let v952: f32 = v951 * l902;
    let v953: f32 = l5 - v952;
    t953[i] = v953;
  }
}
