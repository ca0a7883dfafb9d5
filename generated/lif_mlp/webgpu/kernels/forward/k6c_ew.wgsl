// kernel k6c_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t266: array<f32>;
@group(0) @binding(1) var<storage, read_write> t269: array<f32>;
@group(0) @binding(2) var<storage, read> t165: array<f32>;
@group(0) @binding(3) var<storage, read_write> t278: array<f32>;
@group(0) @binding(4) var<storage, read_write> t287: array<f32>;
@group(0) @binding(5) var<storage, read_write> t296: array<f32>;
@group(0) @binding(6) var<storage, read_write> t305: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let x266: f32 = t266[i];
    let v267: f32 = x266 - 1.0f;
    let v268: bool = v267 > 0.0f;
    let v269: f32 = f32(v268);
    t269[i] = v269;
    let v271: f32 = 0.9f * x266;
    let l273: f32 = t165[1536i + i];
    let v274: f32 = v271 + l273;
    let v275: f32 = v274 - v269;
    let v276: f32 = v275 - 1.0f;
    let v277: bool = v276 > 0.0f;
    let v278: f32 = f32(v277);
    t278[i] = v278;
    let v280: f32 = 0.9f * v275;
    let l282: f32 = t165[1664i + i];
    let v283: f32 = v280 + l282;
    let v284: f32 = v283 - v278;
    let v285: f32 = v284 - 1.0f;
    let v286: bool = v285 > 0.0f;
    let v287: f32 = f32(v286);
    t287[i] = v287;
    let v289: f32 = 0.9f * v284;
    let l291: f32 = t165[1792i + i];
    let v292: f32 = v289 + l291;
    let v293: f32 = v292 - v287;
    let v294: f32 = v293 - 1.0f;
    let v295: bool = v294 > 0.0f;
    let v296: f32 = f32(v295);
    t296[i] = v296;
    let v298: f32 = 0.9f * v293;
    let l300: f32 = t165[1920i + i];
    let v301: f32 = v298 + l300;
    let v302: f32 = v301 - v296;
    let v303: f32 = v302 - 1.0f;
    let v304: bool = v303 > 0.0f;
    let v305: f32 = f32(v304);
    t305[i] = v305;
  }
}
