// kernel k153_ew
@group(0) @binding(0) var<storage, read> t708: array<f32>;
@group(0) @binding(1) var<storage, read> t200: array<f32>;
@group(0) @binding(2) var<storage, read_write> t711: array<f32>;
@group(0) @binding(3) var<storage, read> t201: array<f32>;
@group(0) @binding(4) var<storage, read> t199: array<f32>;
@group(0) @binding(5) var<storage, read> t198: array<f32>;
@group(0) @binding(6) var<storage, read_write> t719: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l708: f32 = t708[i];
  let l200: f32 = t200[i];
  let v711: f32 = l708 * l200;
  t711[i] = v711;
  let l201: f32 = t201[i];
  let v710: f32 = l708 * l201;
  let l199: f32 = t199[i];
  let v714: f32 = v710 * l199;
  let l198: f32 = t198[i];
  let v715: f32 = v710 * l198;
  let v716: f32 = 1.0f - l199;
  let v717: f32 = l199 * v716;
  let v718: f32 = v715 * v717;
  let v719: f32 = v714 + v718;
  t719[i] = v719;
}
