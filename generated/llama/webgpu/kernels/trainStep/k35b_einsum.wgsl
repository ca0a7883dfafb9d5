// kernel k35b_einsum
@group(0) @binding(0) var<storage, read> t259: array<f32>;
@group(0) @binding(1) var<storage, read> t255: array<f32>;
@group(0) @binding(2) var<storage, read> t181: array<f32>;
@group(0) @binding(3) var<storage, read> t185: array<f32>;
@group(0) @binding(4) var<storage, read> t184: array<f32>;
@group(0) @binding(5) var<storage, read> t183: array<f32>;
@group(0) @binding(6) var<storage, read_write> t266: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x259: f32 = t259[i];
  let x255: f32 = t255[i];
  let l181: f32 = t181[i];
  let v260: f32 = x255 * l181;
  let l185: f32 = t185[i];
  let v261: f32 = v260 * l185;
  let l184: f32 = t184[i];
  let v262: f32 = v261 / l184;
  let v263: f32 = -v262;
  let l183: f32 = t183[i];
  let v264: f32 = v263 * l183;
  let v265: f32 = -v264;
  let v266: f32 = x259 + v265;
  t266[i] = v266;
}
