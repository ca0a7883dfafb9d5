// kernel k149b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t832: array<f32>;
@group(0) @binding(2) var<storage, read> t775: array<f32>;
@group(0) @binding(3) var<storage, read_write> t836: array<f32>;
@group(0) @binding(4) var<storage, read> t496: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1015: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x832: f32 = t832[i];
    let l834: f32 = t775[0i];
    let v835: f32 = x832 * l834;
    let v836: f32 = l1 - v835;
    t836[i] = v836;
    let l497: f32 = t496[i];
    let l811: f32 = t766[0i];
    let v1015: f32 = l497 * l811;
    t1015[i] = v1015;
  }
}
