// kernel k113b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t652: array<f32>;
@group(0) @binding(2) var<storage, read> t595: array<f32>;
@group(0) @binding(3) var<storage, read_write> t656: array<f32>;
@group(0) @binding(4) var<storage, read> t385: array<f32>;
@group(0) @binding(5) var<storage, read> t586: array<f32>;
@group(0) @binding(6) var<storage, read_write> t734: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x652: f32 = t652[i];
    let l654: f32 = t595[0i];
    let v655: f32 = x652 * l654;
    let v656: f32 = l1 - v655;
    t656[i] = v656;
    let l386: f32 = t385[i];
    let l631: f32 = t586[0i];
    let v734: f32 = l386 * l631;
    t734[i] = v734;
  }
}
